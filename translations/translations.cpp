// The compiled translations (.qm) are attached to this library as Qt resources; this file only
// gives the library a translation unit of its own.
namespace cinereg {
int translationsLibraryAnchor = 0;
} // namespace cinereg
