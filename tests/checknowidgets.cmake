# Fails when anything under DIR includes a Qt Widgets header, or when LINKS
# (a |-separated list of link libraries) or one of BINARIES (|-separated
# programs) brings in Qt Widgets. WIDGETS_INCLUDE_DIR (the installed QtWidgets
# header folder, optional) adds every class header it holds (QMainWindow,
# QTableView, ...) to the names checked.
#   cmake -DDIR=<folder> [-DLINKS=a|b] [-DBINARIES=x|y] [-DWIDGETS_INCLUDE_DIR=<dir>]
#         -P checknowidgets.cmake

cmake_minimum_required(VERSION 3.22)

if(NOT DIR OR NOT IS_DIRECTORY "${DIR}")
    message(FATAL_ERROR "checknowidgets: DIR '${DIR}' is not a folder")
endif()
get_filename_component(DIR "${DIR}" ABSOLUTE)

set(problems "")
file(GLOB_RECURSE sources "${DIR}/*.h" "${DIR}/*.hpp" "${DIR}/*.cpp" "${DIR}/*.cc"
     "${DIR}/CMakeLists.txt" "${DIR}/*.cmake")
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "checknowidgets: no sources under ${DIR}")
endif()

# <QtWidgets>, <QtWidgets/...>, <QWidget>, <QApplication>, <QMessageBox>,
# <QFileDialog> and any <Q...Widget...> (QTableWidget, QStackedWidget, ...).
set(widget_include
    "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets(/[^>\"]*)?|QWidget|QApplication|QMessageBox|QFileDialog|Q[A-Za-z]*Widget[A-Za-z]*)[>\"]")
set(widget_classes "")
if(WIDGETS_INCLUDE_DIR AND IS_DIRECTORY "${WIDGETS_INCLUDE_DIR}")
    file(GLOB widget_classes RELATIVE "${WIDGETS_INCLUDE_DIR}" "${WIDGETS_INCLUDE_DIR}/Q*")
    list(FILTER widget_classes EXCLUDE REGEX "\\.h$")
endif()
foreach(source IN LISTS sources)
    if(source MATCHES "CMakeLists\\.txt$|\\.cmake$")
        file(READ "${source}" text)
        if(text MATCHES "Qt6?::Widgets|Qt6? COMPONENTS[^)]*Widgets")
            file(RELATIVE_PATH rel "${DIR}" "${source}")
            string(APPEND problems "  ${rel}: uses Qt Widgets\n")
        endif()
        continue()
    endif()
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "${widget_include}")
            file(RELATIVE_PATH rel "${DIR}" "${source}")
            string(APPEND problems "  ${rel}:${number}: includes a widget header: <${CMAKE_MATCH_1}>\n")
        elseif(widget_classes
               AND line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Za-z]+)[>\"]"
               AND CMAKE_MATCH_1 IN_LIST widget_classes)
            file(RELATIVE_PATH rel "${DIR}" "${source}")
            string(APPEND problems "  ${rel}:${number}: includes a widget header: <${CMAKE_MATCH_1}>\n")
        endif()
    endforeach()
endforeach()

if(LINKS)
    string(REPLACE "|" ";" links "${LINKS}")
    foreach(link IN LISTS links)
        if(link MATCHES "Widgets")
            string(APPEND problems "  links ${link}\n")
        endif()
    endforeach()
endif()

if(BINARIES)
    string(REPLACE "|" ";" binaries "${BINARIES}")
    foreach(binary IN LISTS binaries)
        if(NOT EXISTS "${binary}")
            string(APPEND problems "  ${binary} does not exist (build it first)\n")
            continue()
        endif()
        file(STRINGS "${binary}" needed REGEX "libQt6?Widgets")
        if(needed)
            string(APPEND problems "  ${binary} needs Qt Widgets at run time\n")
        endif()
    endforeach()
endif()

if(problems)
    message(FATAL_ERROR "Qt Widgets found where only the core belongs:\n${problems}")
endif()
message(STATUS "No Qt Widgets under ${DIR} (${count} files checked)")
