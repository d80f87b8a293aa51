# installer_packages: cpack builds the .deb and the self-extracting .sh from this build tree; the
# script unpacks both without root under installer-test/ and runs what they installed.
# Not a fleetdeck_add_test(): it is a script, not a test executable; the environment below is the
# same isolation that helper gives (own HOME/XDG folders, no D-Bus, so no keychain).
set(_installer_home "${FLEETDECK_TEST_HOME_ROOT}/installer_packages")
add_test(NAME installer_packages
    COMMAND bash "${CMAKE_CURRENT_LIST_DIR}/test-packages.sh"
        "${CMAKE_COMMAND}" "${CMAKE_CPACK_COMMAND}" "${CMAKE_BINARY_DIR}"
        "${CMAKE_BINARY_DIR}/installer-test" "${PROJECT_VERSION}")
file(MAKE_DIRECTORY "${_installer_home}/runtime")
file(CHMOD "${_installer_home}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(_installer_env
    "QT_QPA_PLATFORM=offscreen"
    "LC_ALL=C.UTF-8"
    "HOME=${_installer_home}"
    "XDG_CONFIG_HOME=${_installer_home}/.config"
    "XDG_DATA_HOME=${_installer_home}/.local/share"
    "XDG_CACHE_HOME=${_installer_home}/.cache"
    "XDG_RUNTIME_DIR=${_installer_home}/runtime"
    "FLEETDECK_TEST_HOME=${_installer_home}"
    "DBUS_SESSION_BUS_ADDRESS=disabled:")
# cpack takes a few seconds and each `status --demo` about two; the timeout allows a loaded machine.
set_tests_properties(installer_packages PROPERTIES
    ENVIRONMENT "${_installer_env}" LABELS integration TIMEOUT 180)
