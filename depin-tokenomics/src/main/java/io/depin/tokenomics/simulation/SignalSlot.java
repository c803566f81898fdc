package io.depin.tokenomics.simulation;

/**
 * What {@link Signal} and {@link LongSignal} share: the name, the position in the model's array of
 * values of that kind, and the model builder that made the signal, which policies and updates of
 * other models must not use.
 */
final class SignalSlot {
  private final String kind;
  final String name;
  final int index;
  private final Object owner;

  SignalSlot(String kind, String name, int index, Object owner) {
    this.kind = kind;
    this.name = name;
    this.index = index;
    this.owner = owner;
  }

  /**
   * Checks that the signal belongs to a model.
   *
   * @param model the owner token of the model that uses the signal
   * @param context where it is used, appended to the signal in the message (may be empty)
   * @throws IllegalArgumentException if the signal was made by another model
   */
  void requireOwner(Object model, String context) {
    if (!owner.equals(model)) { // owner is a plain Object token: equals is identity
      throw new IllegalArgumentException(this + context + " belongs to another model");
    }
  }

  @Override
  public String toString() {
    return kind + "[" + name + "]";
  }
}
