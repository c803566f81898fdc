package io.depin.tokenomics.report.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** Writes a file completely or not at all: into a temporary file beside it, then a move. */
public final class AtomicFiles {
  private static final long PID = ProcessHandle.current().pid();
  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code content}. A reader sees the old file or the new one, never
   * a part; on failure the temporary file is removed.
   *
   * @param target the file to write; its directory must exist
   * @param content the bytes
   * @throws IOException if writing or moving fails
   * @throws IllegalArgumentException if {@code target} is a file-system root
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null) {
      throw new IllegalArgumentException("a root is not a file: " + target);
    }
    // Not Files.createTempFile: that makes the file private (0600), and a report is to be read.
    Path temp =
        dir.resolve(
            "." + target.getFileName() + ".tmp-" + PID + "-" + COUNTER.incrementAndGet());
    try {
      Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
