/** The state of the fake Bot Connector: what the bot sent, who is in the roster, what to throttle. */

export const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';

export interface SentActivity {
  conversationId: string;
  replyToId: string | null;
  authorization: string | null;
  body: Record<string, unknown>;
}

export interface Member {
  id: string;
  name: string;
  email: string;
  aadObjectId: string;
}

export interface Throttle {
  /** How many requests to this conversation get a 429. */
  times: number;
  /** `Retry-After` seconds (omitted when undefined). */
  retryAfterSeconds?: number;
  /**
   * Also send `retry-after-ms: 0`: the SDK's own retry policy (3 retries, which would sleep for
   * real) reads that header first and retries at once, so the bot's queue sees the final 429.
   */
  instantSdkRetry?: boolean;
}

export class ConnectorState {
  readonly sent: SentActivity[] = [];
  readonly members = new Map<string, Member>();
  readonly throttles = new Map<string, Throttle>();
  readonly tokenRequests: { tenant: string; scope: string | null }[] = [];
  /** Every request to the activities endpoints, 429s included. */
  calls = 0;

  addMember(member: Member): void {
    this.members.set(member.id, member);
  }

  throttle(conversationId: string, throttle: Throttle): void {
    this.throttles.set(conversationId, { ...throttle });
  }

  /** The card attachments' contents of the sent activities (in order). */
  cards(): unknown[] {
    return this.sent.flatMap((a) => {
      const attachments: unknown = a.body.attachments;
      return Array.isArray(attachments) ? attachments.map((x: unknown) => (x && typeof x === 'object' ? Reflect.get(x, 'content') : null)) : [];
    });
  }

  reset(): void {
    this.sent.length = 0;
    this.members.clear();
    this.throttles.clear();
    this.tokenRequests.length = 0;
    this.calls = 0;
  }
}
