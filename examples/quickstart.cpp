// The README's tutorial as a program: declare a model once, read it (with every error pointing at its field),
// change it, write it back.
#include <djson/djson.hpp>

#include <iostream>

// tag::pet_model[]
namespace shop {

BOOST_DEFINE_ENUM_CLASS(Status, available, sold)

struct Pet {
    std::int64_t id;                                  // required
    std::string name;                                 // required
    std::optional<std::string> photo_url;             // may be absent
    djson::nullable<std::string> nickname;            // required, may be null
    std::optional<djson::nullable<std::int32_t>> age; // absent, null or a value
    Status status = Status::available;                // enum as a string
    std::vector<std::string> tags;
    djson::timestamp listed_at;         // RFC 3339 date-time
    djson::additional_properties extra; // unknown keys kept and written back
};
BOOST_DESCRIBE_STRUCT(Pet, (), (id, name, photo_url, nickname, age, status, tags, listed_at, extra))
DJSON_MODEL(Pet, djson::naming::camel_case);

} // namespace shop
// end::pet_model[]

int main() {
    auto pet = djson::from_json<shop::Pet>(R"({
        "id": 7, "name": "Rex", "nickname": null, "status": "available", "tags": ["dog"],
        "listedAt": "2024-02-29T12:00:00+01:00", "vaccinated": true
    })");
    std::cout << pet.name << " listed at " << pet.listed_at.to_string() << "\n";

    pet.age = djson::nullable<std::int32_t>(3); // SetAge
    pet.photo_url.reset();                      // UnsetPhotoUrl
    std::cout << djson::to_json(pet, {.pretty = true}) << "\n";

    auto bad = djson::try_from_json<shop::Pet>(
        R"({"id": 1.5, "name": null, "status": "lost", "tags": [1], "listedAt": "yesterday"})");
    for (const auto& e : bad.error_list())
        std::cout << e.message() << "\n";
    return bad ? 1 : 0;
}
