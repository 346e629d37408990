/** Where a call is. */
export type CallStatus = "ringing" | "hang up" | "*/";
/** Every value of {@link CallStatus}, by name. */
export const CallStatus = {
  Ringing: "ringing",
  HangUp: "hang up",
  Unnamed: "*/",
  } as const;

export interface Call {
  id: string;
  status?: CallStatus;
  /** Has *\/ in it */
  "x-extra"?: string | null;
}

export type CallOrId = Call | string;
