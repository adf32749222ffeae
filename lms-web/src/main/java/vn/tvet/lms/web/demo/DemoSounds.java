package vn.tvet.lms.web.demo;

import java.io.ByteArrayOutputStream;

/**
 * A demo audio item written for the project: the workshop's siren signals (one long tone to start work, three
 * short tones to leave the workshop, a rising tone for a fire), as a small WAV file, so the lesson player and
 * "watched to N %" have something real to play.
 */
final class DemoSounds {

    static final String TITLE = "Nhận biết tín hiệu còi trong xưởng thực hành";
    static final String FILE_NAME = "tin-hieu-coi-xuong.wav";
    static final String DESCRIPTION = "Bài nghe: một hồi dài bắt đầu ca làm việc; ba hồi ngắn sơ tán khỏi xưởng;"
            + " tiếng còi tăng dần báo cháy.";
    private static final int RATE = 8000;

    private DemoSounds() {
    }

    /** About 24 seconds of 8-bit mono PCM. */
    static byte[] workshopSignals() {
        ByteArrayOutputStream samples = new ByteArrayOutputStream();
        tone(samples, 880, 880, 3.0);
        silence(samples, 2.0);
        for (int i = 0; i < 3; i++) {
            tone(samples, 988, 988, 0.6);
            silence(samples, 0.4);
        }
        silence(samples, 2.0);
        for (int i = 0; i < 3; i++) {
            tone(samples, 500, 1200, 2.5);
            silence(samples, 0.5);
        }
        silence(samples, 3.0);
        return wav(samples.toByteArray());
    }

    private static void tone(ByteArrayOutputStream out, double fromHz, double toHz, double seconds) {
        int count = (int) (RATE * seconds);
        double phase = 0;
        for (int i = 0; i < count; i++) {
            double hz = fromHz + (toHz - fromHz) * i / count;
            phase += 2 * Math.PI * hz / RATE;
            double fade = Math.min(1, Math.min(i, count - i) / (RATE * 0.01));
            out.write(128 + (int) Math.round(60 * fade * Math.sin(phase)));
        }
    }

    private static void silence(ByteArrayOutputStream out, double seconds) {
        for (int i = 0; i < (int) (RATE * seconds); i++) {
            out.write(128);
        }
    }

    private static byte[] wav(byte[] pcm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 44);
        out.writeBytes("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        le32(out, 36 + pcm.length);
        out.writeBytes("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        le32(out, 16);
        le16(out, 1); // PCM
        le16(out, 1); // mono
        le32(out, RATE);
        le32(out, RATE); // bytes per second
        le16(out, 1); // block align
        le16(out, 8); // bits per sample
        out.writeBytes("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        le32(out, pcm.length);
        out.writeBytes(pcm);
        return out.toByteArray();
    }

    private static void le16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write(value >> 8 & 0xff);
    }

    private static void le32(ByteArrayOutputStream out, int value) {
        le16(out, value & 0xffff);
        le16(out, value >>> 16);
    }
}
