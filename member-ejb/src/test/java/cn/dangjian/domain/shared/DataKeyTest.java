package cn.dangjian.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

class DataKeyTest {
  private static final String HEX =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  private static final DataKey KEY = DataKey.ofHex(HEX);
  private static final String ID = "11010519491231002X";

  @Test
  void aSealedValueOpensToItsTextAndShowsNothingOfIt() {
    String sealed = KEY.seal(ID);
    assertTrue(sealed.startsWith(DataKey.PREFIX));
    assertFalse(sealed.contains("1949"));
    assertEquals(ID, KEY.open(sealed));
    assertEquals("13800138000", KEY.open(KEY.seal("13800138000")));
    assertNull(KEY.seal(null));
    assertNull(KEY.open(null));
  }

  @Test
  void theSameTextSealsDifferentlyEachTimeAndFitsItsColumn() {
    assertNotEquals(KEY.seal(ID), KEY.seal(ID));
    assertTrue(KEY.seal("x".repeat(30)).length() <= Sealed.LENGTH);
  }

  @Test
  void anAlteredValueOrAnotherKeyIsRefused() {
    String sealed = KEY.seal(ID);
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(DataKey.PREFIX.length()));
    bytes[bytes.length - 1] ^= 1;
    String altered = DataKey.PREFIX + Base64.getEncoder().withoutPadding().encodeToString(bytes);
    assertThrows(IllegalStateException.class, () -> KEY.open(altered));
    DataKey other = DataKey.ofHex(HEX.replace('0', '1'));
    assertThrows(IllegalStateException.class, () -> other.open(sealed));
    assertThrows(IllegalStateException.class, () -> KEY.open(ID));
  }

  @Test
  void theLookupKeyIsTheSameForTheSameIdAndDependsOnTheKey() {
    assertEquals(KEY.lookupKey(ID), KEY.lookupKey(ID.toLowerCase()));
    assertEquals(LookupKey.LENGTH, KEY.lookupKey(ID).length());
    assertNotEquals(KEY.lookupKey(ID), KEY.lookupKey("110105194912310021"));
    assertNotEquals(KEY.lookupKey(ID), DataKey.ofHex(HEX.replace('0', '1')).lookupKey(ID));
  }

  @Test
  void aKeyThatIsNot64HexDigitsIsRefusedWithTheVariableNamed() {
    for (String bad : new String[] {null, "", "abc", HEX + "00", HEX.replace('a', 'g')}) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> DataKey.ofHex(bad));
      assertTrue(e.getMessage().contains(DataKey.VARIABLE));
    }
  }

  /**
   * The primitives are the standards': GB/T 32907-2016 (SM4) and GB/T 32905-2016 (SM3) examples.
   */
  @Test
  void theCipherAndTheHashAreSm4AndSm3() {
    byte[] key = HexFormat.of().parseHex("0123456789abcdeffedcba9876543210");
    SM4Engine sm4 = new SM4Engine();
    sm4.init(true, new KeyParameter(key));
    byte[] out = new byte[16];
    sm4.processBlock(key, 0, out, 0);
    assertEquals("681edf34d206965e86b3e94f536e4246", HexFormat.of().formatHex(out));

    SM3Digest sm3 = new SM3Digest();
    sm3.update("abc".getBytes(), 0, 3);
    byte[] digest = new byte[32];
    sm3.doFinal(digest, 0);
    assertEquals(
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        HexFormat.of().formatHex(digest));
  }
}
