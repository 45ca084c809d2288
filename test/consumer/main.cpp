// A downstream project's program: built against an installed djson (find_package) or a source tree
// (add_subdirectory) by test/consumer/run.cmake; reading and writing a model exercises the link.
#include <djson/djson.hpp>

#include <cstdio>

namespace app {
struct item {
    std::string name;
    std::optional<std::int32_t> count;
};
BOOST_DESCRIBE_STRUCT(item, (), (name, count))
} // namespace app

int main() {
    auto r = djson::try_from_json<app::item>(R"({"name":"x","count":3})");
    if (!r || r->count != 3)
        return 1;
    auto text = djson::to_json(*r);
    std::puts(text.c_str());
    return text == R"({"name":"x","count":3})" ? 0 : 1;
}
