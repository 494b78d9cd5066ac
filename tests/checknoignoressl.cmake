# Fails when the app's own code (not the tests) could accept a bad certificate:
# any call of ignoreSslErrors() or a VerifyNone peer mode under core, ui or app.
# TLS errors end a request with their reason; the user is never offered "ignore".
#   cmake -DSOURCE_DIR=<repo> -P checknoignoressl.cmake

cmake_minimum_required(VERSION 3.22)

file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/app/*.h")
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "checknoignoressl: no sources under ${SOURCE_DIR}")
endif()
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "ignoreSslErrors|VerifyNone")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        if(NOT line MATCHES "^//")
            file(RELATIVE_PATH name "${SOURCE_DIR}" "${source}")
            string(APPEND found "\n  ${name}: ${line}")
        endif()
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "TLS errors must never be ignored; found:${found}")
endif()
message(STATUS "checknoignoressl: ${count} files, no ignoreSslErrors() and no VerifyNone")
