/**
 * Benchmarks that run our code and the named peer side by side in one run and report the ratio. They
 * start the real stack (PostgreSQL, S3Proxy, Payara Micro) and talk to it over loopback only.
 */
package vn.tvet.lms.bench;
