package org.yagura.observables;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Checksums of Bitcoin addresses: Base58Check for legacy ({@code 1…}, {@code 3…}), Bech32/Bech32m for {@code bc1…}. */
final class BitcoinAddresses {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int BECH32_CONSTANT = 1;
    private static final int BECH32M_CONSTANT = 0x2bc830a3;

    private BitcoinAddresses() {
    }

    static boolean hasValidChecksum(String address) {
        return address.startsWith("bc1") ? bech32(address) : base58Check(address);
    }

    private static boolean base58Check(String address) {
        BigInteger number = BigInteger.ZERO;
        for (char c : address.toCharArray()) {
            number = number.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(BASE58.indexOf(c)));
        }
        byte[] magnitude = number.toByteArray();
        int leadingZeros = (int) address.chars().takeWhile(c -> c == '1').count();
        int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[leadingZeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, bytes, leadingZeros, magnitude.length - skip);
        if (bytes.length != 25 || bytes[0] != 0x00 && bytes[0] != 0x05) {
            return false;
        }
        byte[] check = sha256(sha256(Arrays.copyOf(bytes, 21)));
        return Arrays.equals(Arrays.copyOf(check, 4), Arrays.copyOfRange(bytes, 21, 25));
    }

    private static boolean bech32(String address) {
        String data = address.substring(3);
        int[] values = new int[5 + data.length()];
        values[0] = 'b' >> 5;
        values[1] = 'c' >> 5;
        values[2] = 0;
        values[3] = 'b' & 31;
        values[4] = 'c' & 31;
        for (int i = 0; i < data.length(); i++) {
            values[5 + i] = BECH32.indexOf(data.charAt(i));
        }
        int expected = values[5] == 0 ? BECH32_CONSTANT : BECH32M_CONSTANT;
        return values[5] <= 16 && polymod(values) == expected;
    }

    private static int polymod(int[] values) {
        int checksum = 1;
        for (int value : values) {
            int top = checksum >>> 25;
            checksum = (checksum & 0x1ffffff) << 5 ^ value;
            for (int i = 0; i < 5; i++) {
                if ((top >>> i & 1) == 1) {
                    checksum ^= GENERATOR[i];
                }
            }
        }
        return checksum;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
