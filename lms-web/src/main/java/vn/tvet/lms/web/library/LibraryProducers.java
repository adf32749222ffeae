package vn.tvet.lms.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.tvet.lms.contentstore.TikaMediaTypeDetector;
import vn.tvet.lms.contentstore.ZipPackageUnpacker;
import vn.tvet.lms.library.packaging.PackageUnpacker;
import vn.tvet.lms.library.upload.MediaTypeDetector;
import vn.tvet.lms.library.upload.UploadInspection;
import vn.tvet.lms.storage.ContentStore;

/** Connects the library's ports that have no configuration of their own. */
@ApplicationScoped
public class LibraryProducers {

    @Produces
    @Singleton
    MediaTypeDetector mediaTypeDetector() {
        return new TikaMediaTypeDetector();
    }

    @Produces
    @Singleton
    UploadInspection uploadInspection(ContentStore store) {
        return new UploadInspection(store);
    }

    @Produces
    @Singleton
    PackageUnpacker packageUnpacker(ContentStore store) {
        return new ZipPackageUnpacker(store);
    }
}
