package io.depin.tokenomics.simulation;

/** A small test model: a Gaussian random walk with a counter, one substep, two policies. */
record Walk(double x, long n) {
  record Params(double drift, double sigma) {
    Params withDrift(double d) {
      return new Params(d, sigma);
    }

    Params withSigma(double s) {
      return new Params(drift, s);
    }
  }

  static Model<Params, Walk> model() {
    Model.Builder<Params, Walk> b = Model.builder();
    Signal dx = b.signal("dx");
    LongSignal dn = b.longSignal("dn");
    return b.initialState(new Walk(0, 0))
        .substep(
            "walk",
            s ->
                s.policy(dx, (p, t, st, rng) -> p.drift())
                    .policy(dx, (p, t, st, rng) -> p.sigma() * rng.nextGaussian())
                    .policy(dn, (p, t, st, rng) -> 1)
                    .update(
                        (p, t, st, sig) -> new Walk(st.x() + sig.get(dx), st.n() + sig.get(dn))))
        .column("x", Walk::x)
        .column("n", Walk::n)
        .build();
  }
}
