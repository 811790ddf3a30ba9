/**
 * Generic words of the arms trade in English and Russian, as lowercase stems: a page that contains
 * none of them nor a gazetteer designation is not about the subject. Used by the topic filter that
 * runs before extraction, so a stem may over-match ("tank" in "think tank") but must not miss.
 */
export const ARMS_TERMS: readonly string[] = [
  // English
  "weapon", "arms deal", "arms sale", "arms export", "arms import", "arms transfer", "arms suppl", "arms trade",
  "arms contract", "arms package", "missile", "howitzer", "artillery", "fighter jet", "warplane", "warship",
  "frigate", "corvette", "submarine", "air defence", "air defense", "armoured vehicle", "armored vehicle",
  "tanks", "drones", "military aid", "military equipment", "military hardware", "defence contract",
  "defense contract", "ammunition", "munitions", "rocket launcher", "attack helicopter", "combat aircraft",
  // Russian
  "оружи", "вооружен", "ракет", "гаубиц", "артиллери", "истребител", "бомбардировщик", "фрегат", "корвет",
  "подводн", "пво", "противовоздушн", "зенитн", "бронетехник", "бронемашин", "танк", "беспилотник",
  "боеприпас", "военно-техническ", "военной техник", "военная техник", "рособоронэкспорт",
];
