// UI strings of public sessions (hall HUD, host and moderator panels), Indonesian first, under the
// `session.` key of i18n.ts. The session-list / lobby / staff strings live with their own screens.
export const sessionId = {
  leave: 'Keluar dari aula',
};

export const sessionEn: typeof sessionId = {
  leave: 'Leave the hall',
};
