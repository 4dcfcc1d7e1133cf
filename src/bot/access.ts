/**
 * Who may use the bot: everyone when neither list is set, otherwise people whose email is listed or whose
 * domain is. Checked server-side on every command and every card action (buttons are not a security boundary).
 */
export class AccessPolicy {
  private readonly domains: Set<string>;
  private readonly emails: Set<string>;

  constructor(opts: { allowedDomains?: readonly string[]; allowedEmails?: readonly string[] } = {}) {
    this.domains = new Set((opts.allowedDomains ?? []).map((d) => d.trim().toLowerCase()).filter(Boolean));
    this.emails = new Set((opts.allowedEmails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean));
  }

  get restricted(): boolean {
    return this.domains.size > 0 || this.emails.size > 0;
  }

  allows(email: string | undefined): boolean {
    if (!this.restricted) return true;
    const address = email?.trim().toLowerCase();
    if (!address) return false;
    if (this.emails.has(address)) return true;
    const at = address.lastIndexOf('@');
    return at > 0 && this.domains.has(address.slice(at + 1));
  }
}

export const ACCESS_REFUSED =
  "Sorry, I can only help people in this organisation. If you think you should have access, ask your Webex administrator to add you to the bot's allowed domains or emails.";
