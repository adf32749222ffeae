/**
 * Packages (HTML5 and SCORM zip files) as library versions: the limits an archive is unpacked within
 * ({@link vn.tvet.lms.library.packaging.PackageLimits}), safe entry paths
 * ({@link vn.tvet.lms.library.packaging.PackagePaths}), the SCORM manifest's launch file
 * ({@link vn.tvet.lms.library.packaging.ScormManifest}), and the
 * {@link vn.tvet.lms.library.packaging.PackageUnpacker} port that {@code content-store} implements.
 */
package vn.tvet.lms.library.packaging;
