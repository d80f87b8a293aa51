# cmake -D JSON_FILE=<file> -D EXIT_CODE=<n> -D MIN_TENANTS=<n> -P checkstatusjson.cmake
# Checks what `fleetdeck status --json` printed: valid JSON, the exit code it reports matches the
# process's, and it lists at least MIN_TENANTS tenants. CMake parses the JSON so the test needs
# no python or jq.
file(READ "${JSON_FILE}" json)
string(JSON reported ERROR_VARIABLE err GET "${json}" exitCode)
if(err)
    message(FATAL_ERROR "${JSON_FILE}: not the status JSON (no exitCode: ${err})")
endif()
if(NOT reported EQUAL EXIT_CODE)
    message(FATAL_ERROR "${JSON_FILE}: exitCode ${reported} in the JSON, but the process exited ${EXIT_CODE}")
endif()
string(JSON tenants ERROR_VARIABLE err LENGTH "${json}" tenants)
if(err)
    message(FATAL_ERROR "${JSON_FILE}: no tenants array: ${err}")
endif()
if(tenants LESS MIN_TENANTS)
    message(FATAL_ERROR "${JSON_FILE}: ${tenants} tenants, expected at least ${MIN_TENANTS}")
endif()
message(STATUS "${tenants} tenants, exit code ${reported}")
