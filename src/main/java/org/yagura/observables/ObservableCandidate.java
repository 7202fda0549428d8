package org.yagura.observables;

/** An observable found in free text: its canonical value and where it was written ({@code end} exclusive). */
public record ObservableCandidate(ObservableType type, String value, int start, int end) {
}
