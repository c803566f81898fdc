package io.depin.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes files atomically: into a temporary file next to the target, then renamed with {@link
 * StandardCopyOption#ATOMIC_MOVE}, so a reader (or a rerun after a crash) sees either the whole
 * file or none of it. Every temporary file's name ends in {@code .tmp}, so that {@link
 * #deleteLeftovers(Path)} can find those that an interrupted write left: {@link #write} and {@link
 * #writeSecret} use random names ({@code .<name>.<random>.tmp}), {@link #writeOwnerOnly} the fixed
 * name {@code <name>.tmp}, which costs no search for a free name when there is one writer per
 * target.
 *
 * {@snippet :
 * AtomicFiles.writeSecret(dir.resolve("maker-key.pem"), pem);        // owner-only, never replaced
 * AtomicFiles.write(dir.resolve("maker.json"), json);
 * AtomicFiles.writeOwnerOnly(dir.resolve("device-000001.json"), bundle);  // via device-000001.json.tmp
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
   * Writes a file atomically with owner-only permissions (where the file system supports POSIX
   * permissions) through the temporary file {@code <target>.tmp}, which must not exist: it is
   * created new, so two writers of one target fail rather than mix their content. For a target
   * with one writer at a time; delete a leftover temporary file first ({@link #deleteLeftovers}).
   * Replaces an existing target.
   *
   * @param target the file to write
   * @param text the content, written as UTF-8
   * @throws FileAlreadyExistsException if the temporary file exists
   * @throws IOException if the file cannot be written
   */
  public static void writeOwnerOnly(Path target, String text) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
    ByteBuffer content = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    try (SeekableByteChannel channel = createNewOwnerOnly(temp)) {
      while (content.hasRemaining()) {
        channel.write(content);
      }
    } catch (IOException | RuntimeException e) {
      if (!(e instanceof FileAlreadyExistsException)) {
        Files.deleteIfExists(temp);
      }
      throw e;
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /**
   * Deletes the temporary files ({@code *.tmp}) that interrupted writes left in a directory.
   *
   * @param dir the directory
   * @return how many files were deleted
   * @throws IOException if the directory cannot be listed or a file cannot be deleted
   */
  public static int deleteLeftovers(Path dir) throws IOException {
    int deleted = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.getFileName().toString().endsWith(TEMP_SUFFIX) && Files.isRegularFile(file)) {
          Files.delete(file);
          deleted++;
        }
      }
    }
    return deleted;
  }

  private static SeekableByteChannel createNewOwnerOnly(Path file) throws IOException {
    Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      return Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      return Files.newByteChannel(file, options);
    }
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

  /**
   * Gives the complete {@code temp} the name {@code target} unless that exists. A hard link is
   * created atomically and fails if the name is taken, so two writers cannot both succeed (a rename
   * would silently replace the first one's file). File systems without hard links fall back to a
   * check and a rename, which has that race.
   */
  private static void publishNew(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
      return;
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      // no hard links here: fall through to check-then-rename
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void writeAndMove(Path temp, Path target, String text, boolean replace)
      throws IOException {
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      if (replace) {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } else {
        publishNew(temp, target);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
