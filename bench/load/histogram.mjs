// Latencies too many to keep one by one (every delivery of every post to every socket): counted in buckets
// 1% wide, so a percentile is read within 1% (rounded up), and merged across processes.
const GROWTH = Math.log(1.01);
const keyOf = (ms) => (ms <= 1 ? 0 : Math.ceil(Math.log(ms) / GROWTH));
const upperBound = (key) => Math.exp(key * GROWTH);

export class Histogram {
  constructor() {
    this.buckets = new Map();
    this.count = 0;
    this.sum = 0;
    this.max = 0;
  }

  add(ms) {
    const value = Math.max(0, ms); // clocks of two processes may disagree by a few µs
    const key = keyOf(value);
    this.buckets.set(key, (this.buckets.get(key) ?? 0) + 1);
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
  }

  merge(other) {
    for (const [key, count] of other.buckets) this.buckets.set(key, (this.buckets.get(key) ?? 0) + count);
    this.count += other.count;
    this.sum += other.sum;
    this.max = Math.max(this.max, other.max);
    return this;
  }

  /** The `p` (0 to 100) percentile, as the upper bound of its bucket (never above the maximum); NaN when empty. */
  percentile(p) {
    if (this.count === 0) return NaN;
    const target = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (const key of [...this.buckets.keys()].sort((a, b) => a - b)) {
      seen += this.buckets.get(key);
      if (seen >= target) return Math.min(upperBound(key), this.max);
    }
    return this.max;
  }

  /** count, mean, p50, p95, p99 and max, like report.mjs summarize(). */
  summary() {
    return {
      count: this.count,
      mean: this.count ? this.sum / this.count : NaN,
      p50: this.percentile(50),
      p95: this.percentile(95),
      p99: this.percentile(99),
      max: this.count ? this.max : NaN,
    };
  }

  toJSON() {
    return { buckets: [...this.buckets], count: this.count, sum: this.sum, max: this.max };
  }

  static fromJSON(json) {
    const histogram = new Histogram();
    histogram.buckets = new Map(json.buckets);
    histogram.count = json.count;
    histogram.sum = json.sum;
    histogram.max = json.max;
    return histogram;
  }
}
