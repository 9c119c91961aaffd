// Text limits of names and chat lines, used by the protocol validators, text cleaning and the lobby.
// A module of its own, free of zod, so the lobby chunk does not carry the validators.
// Runs on server and client.
export const NAME_MIN_CHARS = 2;
export const NAME_MAX_CHARS = 24;
export const CHAT_MAX_CHARS = 280;
