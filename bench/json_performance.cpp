// djson against the Boost.JSON DOM route (parse + value_to, value_from + serialize) and nlohmann/json on the
// json_performance document and on a 3 MB array of it, reading and writing, all in one run.
#include <djson/djson.hpp>

#include <benchmark/benchmark.h>
#include <boost/json.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace perf {
struct fixed_object_t {
    std::vector<int> int_array;
    std::vector<float> float_array;
    std::vector<double> double_array;
};
BOOST_DESCRIBE_STRUCT(fixed_object_t, (), (int_array, float_array, double_array))
struct fixed_name_object_t {
    std::string name0, name1, name2, name3, name4;
};
BOOST_DESCRIBE_STRUCT(fixed_name_object_t, (), (name0, name1, name2, name3, name4))
struct nested_object_t {
    std::vector<std::array<double, 3>> v3s;
    std::string id;
};
BOOST_DESCRIBE_STRUCT(nested_object_t, (), (v3s, id))
struct another_object_t {
    std::string string, another_string, escaped_text;
    bool boolean;
    nested_object_t nested_object;
};
BOOST_DESCRIBE_STRUCT(another_object_t, (), (string, another_string, escaped_text, boolean, nested_object))
struct obj_t {
    fixed_object_t fixed_object;
    fixed_name_object_t fixed_name_object;
    another_object_t another_object;
    std::vector<std::string> string_array;
    std::string string;
    double number;
    bool boolean;
    bool another_bool;
};
BOOST_DESCRIBE_STRUCT(obj_t, (),
                      (fixed_object, fixed_name_object, another_object, string_array, string, number, boolean,
                       another_bool))

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(fixed_object_t, int_array, float_array, double_array)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(fixed_name_object_t, name0, name1, name2, name3, name4)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(nested_object_t, v3s, id)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(another_object_t, string, another_string, escaped_text, boolean,
                                   nested_object)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(obj_t, fixed_object, fixed_name_object, another_object, string_array,
                                   string, number, boolean, another_bool)
} // namespace perf

namespace {
const std::string& small_doc() {
    static const std::string text = [] {
        std::ifstream in(DJSON_BENCH_DATA_DIR "/json_performance.json");
        std::stringstream s;
        s << in.rdbuf();
        std::string t = s.str();
        while (!t.empty() && (t.back() == '\n' || t.back() == ' '))
            t.pop_back();
        return t;
    }();
    return text;
}
const std::string& big_doc() {
    static const std::string text = [] {
        std::string t = "[";
        while (t.size() < 3'000'000) {
            if (t.size() > 1)
                t += ',';
            t += small_doc();
        }
        return t + "]";
    }();
    return text;
}
const std::string& doc(bool big) {
    return big ? big_doc() : small_doc();
}

template <class T> void djson_read(benchmark::State& st, bool big) {
    const std::string& text = doc(big);
    T out{};
    for (auto _ : st) {
        auto errs = djson::read_json(out, text);
        if (!errs.empty())
            st.SkipWithError(errs.front().message().c_str());
        benchmark::DoNotOptimize(out);
    }
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * text.size()));
}
template <class T> void boost_read(benchmark::State& st, bool big) {
    const std::string& text = doc(big);
    for (auto _ : st) {
        auto out = boost::json::value_to<T>(boost::json::parse(text));
        benchmark::DoNotOptimize(out);
    }
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * text.size()));
}
template <class T> void nlohmann_read(benchmark::State& st, bool big) {
    const std::string& text = doc(big);
    for (auto _ : st) {
        auto out = nlohmann::json::parse(text).get<T>();
        benchmark::DoNotOptimize(out);
    }
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * text.size()));
}
template <class T> T value(bool big) {
    return djson::from_json<T>(doc(big));
}
template <class T> void djson_write(benchmark::State& st, bool big) {
    T v = value<T>(big);
    std::string out;
    for (auto _ : st) {
        out.clear();
        djson::write_json(out, v);
        benchmark::DoNotOptimize(out.data());
    }
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * out.size()));
}
template <class T> void boost_write(benchmark::State& st, bool big) {
    T v = value<T>(big);
    std::size_t n = 0;
    for (auto _ : st) {
        std::string out = boost::json::serialize(boost::json::value_from(v));
        n = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * n));
}
template <class T> void nlohmann_write(benchmark::State& st, bool big) {
    T v = value<T>(big);
    std::size_t n = 0;
    for (auto _ : st) {
        std::string out = nlohmann::json(v).dump();
        n = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * n));
}

using one = perf::obj_t;
using many = std::vector<perf::obj_t>;
} // namespace

int main(int argc, char** argv) {
    for (bool big : {false, true}) {
        const char* size = big ? "array_3mb" : "small";
        auto reg = [&](const char* what, void (*fn)(benchmark::State&, bool)) {
            benchmark::RegisterBenchmark((std::string(what) + "/" + size).c_str(), fn, big);
        };
        if (big) {
            reg("read/djson", djson_read<many>);
            reg("read/boost_dom", boost_read<many>);
            reg("read/nlohmann", nlohmann_read<many>);
            reg("write/djson", djson_write<many>);
            reg("write/boost_dom", boost_write<many>);
            reg("write/nlohmann", nlohmann_write<many>);
        } else {
            reg("read/djson", djson_read<one>);
            reg("read/boost_dom", boost_read<one>);
            reg("read/nlohmann", nlohmann_read<one>);
            reg("write/djson", djson_write<one>);
            reg("write/boost_dom", boost_write<one>);
            reg("write/nlohmann", nlohmann_write<one>);
        }
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
