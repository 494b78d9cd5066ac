# Fails when the English translation misses a plural: a tr() string with %n
# that translations/ditio-certs_en.ts does not give singular and plural forms
# for, so the user would read "9 row(s)". Runs lupdate on a copy of the .ts
# (the checked-in file is not touched), then looks at every numerus message.
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -P checktranslations.cmake
# Fix: cmake --build <dir> --target update_translations && scripts/fill-english-plurals.py

cmake_minimum_required(VERSION 3.22)

foreach(var LUPDATE SOURCE_DIR WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "checktranslations: ${var} not set")
    endif()
endforeach()

file(MAKE_DIRECTORY "${WORK_DIR}")
set(ts "${WORK_DIR}/ditio-certs_en.ts")
configure_file("${SOURCE_DIR}/translations/ditio-certs_en.ts" "${ts}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${ts}"
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "checktranslations: lupdate failed (${result}): ${errors}")
endif()

file(READ "${ts}" text)
# One list item per message; ';' would split items, so hide it first.
string(REPLACE ";" "<semicolon>" text "${text}")
string(REPLACE "<message" ";<message" messages "${text}")
set(missing "")
set(checked 0)
foreach(message IN LISTS messages)
    if(NOT message MATCHES "^<message numerus=\"yes\">")
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
    set(source "${CMAKE_MATCH_1}")
    if(message MATCHES "type=\"unfinished\"" OR message MATCHES "<numerusform></numerusform>"
       OR message MATCHES "<numerusform>[^<]*\\(s\\)[^<]*</numerusform>")
        string(REPLACE "<semicolon>" ";" source "${source}")
        string(APPEND missing "\n  ${source}")
    endif()
endforeach()

if(missing)
    message(FATAL_ERROR
        "ditio-certs_en.ts has no singular and plural for:${missing}\n"
        "Run: cmake --build <build dir> --target update_translations && scripts/fill-english-plurals.py")
endif()
if(checked EQUAL 0)
    message(FATAL_ERROR "checktranslations: no plural messages found in ${ts}")
endif()
message(STATUS "checktranslations: ${checked} plural message(s), each with its English forms")
