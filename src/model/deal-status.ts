/** The stage a press-reported deal had reached. */
export const DealStatus = {
  RUMOURED: "RUMOURED", SOUGHT: "SOUGHT", OFFERED: "OFFERED", NEGOTIATING: "NEGOTIATING", PLANNED: "PLANNED",
  CONTRACTED: "CONTRACTED", DELIVERED: "DELIVERED", CANCELLED: "CANCELLED", DENIED: "DENIED",
} as const;
export type DealStatus = (typeof DealStatus)[keyof typeof DealStatus];
