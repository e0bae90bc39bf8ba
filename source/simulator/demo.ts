// Dummy settings for demo mode and for pointing clients at the simulator. They are not secrets and reach no AWS.

export const demoCredentials = {accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'simulator-secret'} as const;

/** The simulator answers for any region; this is the one the summaries and demo mode use. */
export const demoRegion = 'us-east-1';
