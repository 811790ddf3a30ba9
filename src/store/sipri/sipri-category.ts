import type { WeaponGazetteer } from "../../knowledge/weapons";

/** SIPRI weapon descriptions (as printed in the register) to SIPRI categories, most specific first. */
const BY_DESCRIPTION: Array<[RegExp, string]> = [
  [/\b(SAM|air defence|air defense|anti-aircraft|AD system)\b/i, "air defence systems"],
  [/\b(ASW|anti-submarine|sonar)\b/i, "anti-submarine warfare"],
  [/\b(tank|IFV|APC|armoured|armored|AFV|APV|scout car)\b/i, "armoured vehicles"],
  [/\b(MRL|gun|howitzer|mortar|artillery|rocket launcher)\b/i, "artillery"],
  [/\b(engine|turbofan|turbojet|diesel)\b/i, "engines"],
  [/\b(missile|SSM|ASM|AAM|SAM|loitering munition|torpedo|guided (bomb|rocket|shell))\b/i, "missiles"],
  [/\b(naval gun|CIWS)\b/i, "naval weapons"],
  [/\b(satellite)\b/i, "satellites"],
  [/\b(radar|jammer|sensor|EW system|SIGINT|electronic)\b/i, "sensors"],
  [/\b(frigate|corvette|submarine|patrol (craft|boat|vessel)|ship|landing craft|OPV|FAC)\b/i, "ships"],
  [/\b(aircraft|helicopter|UAV|UCAV|fighter|trainer|airliner|transport ac|FGA)\b/i, "aircraft"],
];

/** The SIPRI category of a register row: the gazetteer's for a known designation, else read from the description; null when neither tells. */
export function sipriCategory(designation: string, description: string | null, weapons: WeaponGazetteer): string | null {
  const known = weapons.byDesignation(designation);
  if (known) return known.category;
  for (const [pattern, category] of BY_DESCRIPTION) if (description && pattern.test(description)) return category;
  return null;
}
