package dev.kakehashi.service.wordpress;

import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.media.MediaService;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A zip of the old blog's {@code wp-content/uploads} folder, uploaded with the export, or the export
 * itself zipped with its files (Kakehashi's export zip: the WXR and a {@code media/} folder). It is
 * checked whole as a stream before anything is stored: a name that climbs out of the folder ({@code
 * ../}, an absolute path) or too many entries, or more bytes unpacked than allowed (a zip bomb),
 * refuses it. Nothing is unpacked to disk but the export; a file is read from it by its path, at most
 * as large as an upload may be.
 */
final class UploadsZip implements Closeable {
    static final int MAX_ENTRIES = 100_000;
    /** Where the uploads folder may sit in the zip: zipped from inside it, from wp-content, or from the site. */
    private static final List<String> PREFIXES = List.of("", "uploads/", "wp-content/uploads/");

    private final ZipFile zip;

    private UploadsZip(ZipFile zip) {
        this.zip = zip;
    }

    /**
     * Reads the whole zip once as a stream, unpacking at most {@code maxUnpackedBytes}.
     *
     * @throws WxrRefused saying why in one line
     */
    static void check(Path file, long maxUnpackedBytes) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new WxrRefused("Refused: the zip has more than " + MAX_ENTRIES + " files.");
                }
                if (!isSafeName(e.getName())) {
                    throw new WxrRefused("Refused: the zip names a file outside its folder: " + clip(e.getName()));
                }
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    unpacked += n;
                    if (unpacked > maxUnpackedBytes) {
                        throw new WxrRefused("Refused: the zip unpacks to more than "
                                + MediaService.humanSize(maxUnpackedBytes) + ".");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new WxrRefused("Refused: the file is not a readable zip.");
        }
        if (entries == 0) {
            throw new WxrRefused("Refused: the file is not a zip, or an empty one.");
        }
    }

    /** Whether {@code file} starts as a zip does ({@code PK\3\4}). */
    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    static UploadsZip open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        if (zip.size() > MAX_ENTRIES) { // its directory may list more than the entries check() read
            zip.close();
            throw new WxrRefused("Refused: the zip has more than " + MAX_ENTRIES + " files.");
        }
        return new UploadsZip(zip);
    }

    /**
     * Writes the export inside a {@link #check checked} zip to {@code to}: Kakehashi's {@value
     * WordPressExportService#ZIP_WXR}, else the one {@code .xml} file at the zip's top.
     *
     * @throws WxrRefused when there is none, more than one, or it unpacks to more than {@code maxBytes}
     */
    static void extractExport(Path zipFile, Path to, long maxBytes) throws IOException {
        try (UploadsZip zip = open(zipFile)) {
            ZipEntry export = zip.zip.getEntry(WordPressExportService.ZIP_WXR);
            if (export == null) {
                List<? extends ZipEntry> xml = zip.zip.stream()
                        .filter(e -> !e.isDirectory() && !e.getName().contains("/"))
                        .filter(e ->
                                e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xml"))
                        .limit(2)
                        .toList();
                if (xml.size() != 1) {
                    throw new WxrRefused(
                            xml.isEmpty()
                                    ? "Refused: the zip holds no WordPress export (an .xml file at its top)."
                                    : "Refused: the zip holds more than one .xml file at its top; keep only the export.");
                }
                export = xml.get(0);
            }
            try (InputStream in = zip.zip.getInputStream(export);
                    OutputStream out = Files.newOutputStream(to)) {
                byte[] buffer = new byte[64 * 1024];
                long written = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    written += n;
                    if (written > maxBytes) {
                        throw new WxrRefused("Refused: the export in the zip unpacks to more than "
                                + MediaService.humanSize(maxBytes) + ".");
                    }
                    out.write(buffer, 0, n);
                }
            }
        }
    }

    /**
     * The file at {@code path} under the uploads folder, if the zip has it.
     *
     * @throws ServiceException 413 when it is larger than {@code maxBytes}
     */
    Optional<byte[]> read(String path, long maxBytes) {
        for (String prefix : PREFIXES) {
            ZipEntry entry = zip.getEntry(prefix + path);
            if (entry != null && !entry.isDirectory()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    if (bytes.length > maxBytes) {
                        throw ServiceException.tooLarge(path + " in the uploads zip is larger than "
                                + MediaService.humanSize(maxBytes) + ", the largest upload allowed.");
                    }
                    return Optional.of(bytes);
                } catch (IOException e) {
                    throw new ServiceException(422, path + " in the uploads zip cannot be read: " + e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    /** A relative path that stays inside the folder it is unpacked in. */
    static boolean isSafeName(String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.contains("\0")
                || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String clip(String name) {
        String n = name.replaceAll("\\p{Cntrl}", "?");
        return n.length() > 100 ? n.substring(0, 100) + "…" : n;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
