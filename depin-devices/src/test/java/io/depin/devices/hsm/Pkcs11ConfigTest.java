package io.depin.devices.hsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class Pkcs11ConfigTest {
  private static final Path LIB = Path.of("/usr/lib/softhsm/libsofthsm2.so");

  @Test
  void build_slotId_keepsLibraryAndSlot() {
    Pkcs11Config config = Pkcs11Config.builder().library(LIB).slot(7).build();

    assertThat(config.library()).isEqualTo(LIB);
    assertThat(config.slot()).hasValue(7);
    assertThat(config.slotListIndex()).isEmpty();
    assertThat(config).isEqualTo(Pkcs11Config.builder().library(LIB).slot(7).build());
    assertThat(config.toString()).contains("slot=7").contains(LIB.toString());
  }

  @Test
  void build_slotListIndex_keepsIndex() {
    Pkcs11Config config = Pkcs11Config.builder().library(LIB).slotListIndex(2).build();

    assertThat(config.slotListIndex()).hasValue(2);
    assertThat(config.slot()).isEmpty();
  }

  @Test
  void build_noSlotOrBothSlots_throwsIllegalState() {
    assertThatThrownBy(() -> Pkcs11Config.builder().library(LIB).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Pkcs11Config.builder().library(LIB).slot(1).slotListIndex(0).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Pkcs11Config.builder().slot(1).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void library_relativeOrUnsafePath_throwsIllegalArgument() {
    Pkcs11Config.Builder builder = Pkcs11Config.builder();

    assertThatThrownBy(() -> builder.library(Path.of("lib/libx.so")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.library(Path.of("/opt/my vendor/libx.so")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.library(Path.of("/opt/x\nslot = 3/libx.so")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.library(Path.of("/opt/${user.home}/libx.so")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void slot_negative_throwsIllegalArgument() {
    assertThatThrownBy(() -> Pkcs11Config.builder().slot(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pkcs11Config.builder().slotListIndex(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
