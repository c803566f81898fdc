package io.depin.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes files atomically: into a temporary file in the target's directory, then renamed with
 * {@link StandardCopyOption#ATOMIC_MOVE}, so a reader (or a rerun after a crash) sees either the
 * whole file or none of it. Temporary files are named {@code .<name>.<random>.tmp} so that {@link
 * #deleteLeftovers(Path)} can find them.
 *
 * {@snippet :
 * AtomicFiles.writeSecret(dir.resolve("device-key.pem"), pem);   // owner-only, never replaced
 * AtomicFiles.write(dir.resolve("device.json"), json);
 * }
 */
public final class AtomicFiles {
  private static final String TEMP_SUFFIX = ".tmp";
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private AtomicFiles() {}

  /**
   * Writes a public file atomically, replacing an existing one.
   *
   * @param target the file to write
   * @param text the content, written as UTF-8
   * @throws IOException if the file cannot be written
   */
  public static void write(Path target, String text) throws IOException {
    Path temp = createTemp(target, false);
    writeAndMove(temp, target, text, true);
  }

  /**
   * Writes a secret atomically with owner-only permissions (where the file system supports POSIX
   * permissions), refusing to replace an existing file.
   *
   * @param target the file to create
   * @param text the content, written as UTF-8
   * @throws FileAlreadyExistsException if the target exists
   * @throws IOException if the file cannot be written
   */
  public static void writeSecret(Path target, String text) throws IOException {
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path temp = createTemp(target, true);
    writeAndMove(temp, target, text, false);
  }

  /**
   * Deletes the temporary files that an interrupted write left in a directory.
   *
   * @param dir the directory
   * @return how many files were deleted
   * @throws IOException if the directory cannot be listed or a file cannot be deleted
   */
  public static int deleteLeftovers(Path dir) throws IOException {
    int deleted = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (isTemp(file) && Files.isRegularFile(file)) {
          Files.delete(file);
          deleted++;
        }
      }
    }
    return deleted;
  }

  /**
   * Deletes a directory and the regular files directly inside it.
   *
   * @param dir the directory
   * @throws IOException if something cannot be deleted
   */
  public static void deleteFlatDirectory(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  private static boolean isTemp(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
  }

  private static Path createTemp(Path target, boolean ownerOnly) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    String prefix = "." + target.getFileName() + ".";
    if (ownerOnly) {
      try {
        FileAttribute<Set<PosixFilePermission>> perms = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        return Files.createTempFile(dir, prefix, TEMP_SUFFIX, perms);
      } catch (UnsupportedOperationException e) {
        return Files.createTempFile(dir, prefix, TEMP_SUFFIX);
      }
    }
    return Files.createTempFile(dir, prefix, TEMP_SUFFIX);
  }

  private static void writeAndMove(Path temp, Path target, String text, boolean replace)
      throws IOException {
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      if (!replace && Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
