# The Debian package (CPack's DEB generator): `./scripts/package.sh` builds it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cinereg)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Centre cinématographique marocain")
set(CPACK_PACKAGE_CONTACT "Centre cinématographique marocain <cinereg@ccm.ma>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "register of film production rights of the CCM")
# CPack writes the summary as the synopsis line and indents this text below it.
set(CPACK_PACKAGE_DESCRIPTION
    "cinereg keeps the register of the Centre cinematographique marocain: which
companies hold the authorization to carry out film production activity, which
hold a national or an international production execution accreditation, since
when, until when, and why a right was suspended or withdrawn. It answers who
may execute a production, follows applications, and prints signed
accreditation certificates in French and Arabic.

The package holds the window (cinereg) and the command-line tool
(cinereg-cli), in French, Arabic and English.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://www.ccm.ma/")
set(CPACK_STRIP_FILES ON)
# Shared libraries are found by dpkg-shlibdeps; what Qt loads as plugins at run time, and the
# fonts the pages are drawn with, it cannot see: they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n, fonts-noto-core, fonts-dejavu-core")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY cinereg)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
