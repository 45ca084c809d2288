// read_json_array's function must take the item (T&), and may take its index.
// expect: on_item must be callable as f(T& value, std::size_t index) or f(T& value)
#include <djson/djson.hpp>
namespace t {
struct item {
    int id = 0;
};
BOOST_DESCRIBE_STRUCT(item, (), (id))
} // namespace t
int main() {
    int sum = 0;
#ifndef DJSON_COMPILE_FAIL
    auto on_item = [&](t::item& i, std::size_t) { sum += i.id; };
#else
    auto on_item = [&](const std::string& s) { sum += static_cast<int>(s.size()); };
#endif
    auto errs = djson::read_json_array<t::item>(R"([{"id":1},{"id":2}])", on_item);
    return errs.empty() && sum == 3 ? 0 : 1;
}
