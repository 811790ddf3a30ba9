/** The largest row id either engine stores (ids are 32-bit integers: `integer` on PostgreSQL). */
export const MAX_ROW_ID = 2_147_483_647;

/** What an id reads as when no row can have it (beyond MAX_ROW_ID): 0, which no row has either (ids start at 1). */
export const NO_SUCH_ROW_ID = 0;
