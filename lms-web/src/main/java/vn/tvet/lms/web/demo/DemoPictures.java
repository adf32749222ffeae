package vn.tvet.lms.web.demo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A demo image written for the project: the front of a distribution board (enclosure, main breaker, busbar,
 * branch breakers, earth bar), drawn pixel by pixel and written as PNG without AWT, so the library, question
 * images and previews have a real picture on a headless server.
 */
final class DemoPictures {

    static final String TITLE = "Sơ đồ mặt trước tủ điện phân phối";
    static final String FILE_NAME = "so-do-tu-dien-phan-phoi.png";
    static final String DESCRIPTION = "Hình minh họa: vỏ tủ, aptomat tổng ở trên, thanh cái, sáu aptomat nhánh và thanh"
            + " nối đất ở dưới cùng.";
    private static final int WIDTH = 360;
    private static final int HEIGHT = 480;

    private DemoPictures() {
    }

    static byte[] distributionBoard() {
        int[] pixels = new int[WIDTH * HEIGHT];
        fill(pixels, 0, 0, WIDTH, HEIGHT, 0xFFFFFF);
        fill(pixels, 20, 20, 320, 440, 0x37474F);
        fill(pixels, 30, 30, 300, 420, 0xECEFF1);
        fill(pixels, 140, 50, 80, 90, 0x263238);
        fill(pixels, 170, 75, 20, 40, 0xD32F2F);
        fill(pixels, 50, 170, 260, 14, 0xB87333);
        for (int i = 0; i < 6; i++) {
            int x = 55 + i * 42;
            fill(pixels, x + 12, 184, 6, 30, 0xB87333);
            fill(pixels, x, 214, 30, 70, 0x455A64);
            fill(pixels, x + 10, 232, 10, 24, 0x43A047);
            fill(pixels, x + 13, 284, 4, 110, i % 2 == 0 ? 0x1565C0 : 0x6D4C41);
        }
        fill(pixels, 50, 394, 260, 12, 0x2E7D32);
        fill(pixels, 50, 406, 260, 4, 0xFBC02D);
        return png(pixels);
    }

    private static void fill(int[] pixels, int x, int y, int width, int height, int rgb) {
        for (int row = y; row < y + height; row++) {
            for (int column = x; column < x + width; column++) {
                pixels[row * WIDTH + column] = rgb;
            }
        }
    }

    /** An 8-bit RGB PNG: signature, header, the rows deflated (filter 0 each), end. */
    private static byte[] png(int[] pixels) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflated = new DeflaterOutputStream(raw)) {
                for (int y = 0; y < HEIGHT; y++) {
                    deflated.write(0);
                    for (int x = 0; x < WIDTH; x++) {
                        int rgb = pixels[y * WIDTH + x];
                        deflated.write(rgb >> 16 & 0xFF);
                        deflated.write(rgb >> 8 & 0xFF);
                        deflated.write(rgb & 0xFF);
                    }
                }
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream headerData = new DataOutputStream(header);
            headerData.writeInt(WIDTH);
            headerData.writeInt(HEIGHT);
            headerData.write(new byte[] {8, 2, 0, 0, 0});
            chunk(file, "IHDR", header.toByteArray());
            chunk(file, "IDAT", raw.toByteArray());
            chunk(file, "IEND", new byte[0]);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
