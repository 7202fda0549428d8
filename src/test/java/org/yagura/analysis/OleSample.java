package org.yagura.analysis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes a small but valid compound file: header, one FAT sector, one directory sector, no stream data. */
final class OleSample {

    private OleSample() {
    }

    static byte[] build(String[] names, int[] types) {
        ByteBuffer b = ByteBuffer.allocate(512 * 3).order(ByteOrder.LITTLE_ENDIAN);
        byte[] signature = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        b.put(0, signature);
        b.putShort(24, (short) 0x3e).putShort(26, (short) 3).putShort(28, (short) 0xfffe)
                .putShort(30, (short) 9).putShort(32, (short) 6)
                .putInt(44, 1).putInt(48, 1).putInt(56, 4096).putInt(60, -2).putInt(64, 0).putInt(68, -2).putInt(72, 0);
        for (int i = 0; i < 109; i++) {
            b.putInt(76 + 4 * i, -1);
        }
        b.putInt(76, 0);
        // FAT (sector 0): sector 0 is a FAT sector, sector 1 the one-sector directory chain
        int fat = 512;
        for (int i = 0; i < 128; i++) {
            b.putInt(fat + 4 * i, -1);
        }
        b.putInt(fat, -3).putInt(fat + 4, -2);
        int dir = 1024;
        for (int i = 0; i < 4; i++) {
            int at = dir + 128 * i;
            b.putInt(at + 68, -1).putInt(at + 72, -1).putInt(at + 76, -1).putInt(at + 116, -2);
            if (i < names.length) {
                byte[] name = names[i].getBytes(StandardCharsets.UTF_16LE);
                b.put(at, name);
                b.putShort(at + 64, (short) (name.length + 2));
                b.put(at + 66, (byte) types[i]);
                b.put(at + 67, (byte) 1);
                // a flat tree: the root's child is entry 1, each entry's right sibling the next one
                if (i == 0 && names.length > 1) {
                    b.putInt(at + 76, 1);
                } else if (i > 0 && i + 1 < names.length) {
                    b.putInt(at + 72, i + 1);
                }
            }
        }
        return b.array();
    }
}
