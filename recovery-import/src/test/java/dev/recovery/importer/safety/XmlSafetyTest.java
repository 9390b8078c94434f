package dev.recovery.importer.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.fixture.Hostile;
import dev.recovery.importer.gpx.GpxReader;
import dev.recovery.importer.tcx.TcxReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML is parsed with DTDs and external entities off: XXE and entity expansion are refused. */
class XmlSafetyTest {

    private static final String SECRET = "TOP-SECRET-CONTENT";

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anXxePayloadInGpxIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        ImportException e = assertThrows(ImportException.class,
                () -> GpxReader.read(bytes(Hostile.xxeGpx(secret.toString())), "evil.gpx"));
        assertTrue(e.getMessage().startsWith("evil.gpx line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void anXxePayloadInTcxIsRefused(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        ImportException e = assertThrows(ImportException.class,
                () -> TcxReader.read(bytes(Hostile.xxeTcx(secret.toString())), "evil.tcx"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(ImportException.class,
                () -> GpxReader.read(bytes(Hostile.billionLaughsGpx()), "laughs.gpx")));
        assertTrue(e.getMessage().startsWith("laughs.gpx line "), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void theFactoryHasDtdsAndExternalEntitiesOff() {
        javax.xml.stream.XMLInputFactory f = SafeXml.newFactory();
        assertFalse((Boolean) f.getProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD));
        assertFalse((Boolean) f.getProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
    }
}
