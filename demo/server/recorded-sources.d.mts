/** The key the stand-in NDP accepts. */
export const DEMO_NDP_KEY: string;
/** Stand-ins for the 211 NDP and FindTreatment.gov, answering from demo/data. */
export function recordedSources(): Promise<{ fetch(request: Request): Promise<Response> }>;
