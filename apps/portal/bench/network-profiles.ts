// The connections the portal is measured on: what a worker's phone may have in a workshop or on
// the road. Applied through Chrome DevTools' Network.emulateNetworkConditions.

export interface NetworkProfile {
  /** What the table calls it. */
  name: string;
  downloadKbitPerSecond: number;
  uploadKbitPerSecond: number;
  /** Added to every request's round trip, in milliseconds. */
  roundTripMs: number;
}

export const networkProfiles: NetworkProfile[] = [
  { name: "慢速 3G", downloadKbitPerSecond: 400, uploadKbitPerSecond: 400, roundTripMs: 400 },
  { name: "4G", downloadKbitPerSecond: 9_000, uploadKbitPerSecond: 1_500, roundTripMs: 60 },
];

/** The parameters of Network.emulateNetworkConditions (throughputs in bytes per second). */
export function emulatedConditions(profile: NetworkProfile) {
  return {
    offline: false,
    latency: profile.roundTripMs,
    downloadThroughput: (profile.downloadKbitPerSecond * 1000) / 8,
    uploadThroughput: (profile.uploadKbitPerSecond * 1000) / 8,
  };
}

/** "400 kbit/s ↓ 400 kbit/s ↑, 400 ms RTT", for the table's heading. */
export function describeProfile(profile: NetworkProfile): string {
  const rate = (kbit: number) => (kbit >= 1000 ? `${kbit / 1000} Mbit/s` : `${kbit} kbit/s`);
  return `${rate(profile.downloadKbitPerSecond)} ↓ ${rate(profile.uploadKbitPerSecond)} ↑, ${profile.roundTripMs} ms RTT`;
}
