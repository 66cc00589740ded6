// What the README's examples leave to the reader: the app's own analytics, data and CAPTCHA.
declare const analytics: {track(name: string, ...data: unknown[]): void};
declare function myAnalytics(name: string, ...data: unknown[]): void;
declare function report(name: string): void;
declare const turnstile: {getResponse(): string | undefined};
declare const form: import('@ijm/widgets').IjmEmailSignup;
