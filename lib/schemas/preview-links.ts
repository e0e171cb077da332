/**
 * What can be a token in a URL: 32 random bytes in base64url, exactly. Anything else (a lone `%`,
 * invalid UTF-8, an overlong string) names nothing and never reaches the database.
 */
export const isPreviewTokenShaped = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);
