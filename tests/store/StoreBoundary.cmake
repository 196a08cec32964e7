# The store is a boundary: core/store is the only place that knows SQL and which engine holds the
# register. Run as `cmake -DSOURCE_DIR=... -P StoreBoundary.cmake`; fails listing every breach:
# - a file of app/ or ui/ that includes a header of core/store;
# - a header of core outside core/store that includes one (it would carry it to app/ and ui/);
# - a file of core, ui or app outside core/store that includes a QtSql header.
file(GLOB_RECURSE outside LIST_DIRECTORIES false "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
file(GLOB_RECURSE core_headers LIST_DIRECTORIES false "${SOURCE_DIR}/core/*.h")
file(GLOB_RECURSE core_all LIST_DIRECTORIES false "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
list(FILTER core_headers EXCLUDE REGEX "/core/store/")
list(FILTER core_all EXCLUDE REGEX "/core/store/")

set(breaches "")
foreach(path IN LISTS outside core_headers)
    file(STRINGS "${path}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*/)?store/")
    foreach(line IN LISTS lines)
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${path}")
        string(APPEND breaches "  ${rel}: ${line}\n")
    endforeach()
endforeach()
foreach(path IN LISTS outside core_all)
    file(STRINGS "${path}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtSql/)?QSql")
    foreach(line IN LISTS lines)
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${path}")
        string(APPEND breaches "  ${rel}: ${line}\n")
    endforeach()
endforeach()
list(LENGTH outside counted)
if(counted EQUAL 0)
    message(FATAL_ERROR "No source found under ${SOURCE_DIR}: wrong SOURCE_DIR")
endif()
if(breaches)
    message(FATAL_ERROR "The store's boundary is crossed (only core/store may know SQL):\n${breaches}")
endif()
message(STATUS "store boundary: ${counted} files of app/ and ui/ and every core header checked")
