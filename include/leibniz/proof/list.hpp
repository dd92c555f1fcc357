// A growable array for constant evaluation. std::vector works there too, but each of its calls
// runs through layers of allocator code that clang counts step by step against its limit of
// 2^20 steps per constant expression; this one does the least per operation.
#pragma once

#include <cstddef>
#include <initializer_list>

namespace leibniz::detail::proof {

template <class T>
class list {
  public:
    constexpr list() = default;
    constexpr list(std::size_t n, T const& value) {
        reserve(n);
        for (std::size_t i = 0; i < n; ++i) data_[i] = value;
        size_ = n;
    }
    constexpr list(std::initializer_list<T> values) {
        reserve(values.size());
        for (T const& v : values) data_[size_++] = v;
    }
    constexpr list(list const& other) {
        reserve(other.size_);
        for (std::size_t i = 0; i < other.size_; ++i) data_[i] = other.data_[i];
        size_ = other.size_;
    }
    constexpr list(list&& other) noexcept
        : data_(other.data_), size_(other.size_), capacity_(other.capacity_) {
        other.data_ = nullptr;
        other.size_ = other.capacity_ = 0;
    }
    constexpr list& operator=(list const& other) {
        if (this != &other) {
            list copy(other);
            swap(copy);
        }
        return *this;
    }
    constexpr list& operator=(list&& other) noexcept {
        swap(other);
        return *this;
    }
    constexpr ~list() { delete[] data_; }

    constexpr void swap(list& other) noexcept {
        T* d = data_;
        data_ = other.data_;
        other.data_ = d;
        std::size_t s = size_;
        size_ = other.size_;
        other.size_ = s;
        s = capacity_;
        capacity_ = other.capacity_;
        other.capacity_ = s;
    }

    constexpr void reserve(std::size_t n) {
        if (n <= capacity_) return;
        T* d = new T[n];
        for (std::size_t i = 0; i < size_; ++i) d[i] = static_cast<T&&>(data_[i]);
        delete[] data_;
        data_ = d;
        capacity_ = n;
    }
    constexpr void push_back(T const& value) {
        if (size_ == capacity_) reserve(capacity_ == 0 ? 4 : 2 * capacity_);
        data_[size_++] = value;
    }
    constexpr void push_back(T&& value) {
        if (size_ == capacity_) reserve(capacity_ == 0 ? 4 : 2 * capacity_);
        data_[size_++] = static_cast<T&&>(value);
    }
    constexpr void resize(std::size_t n) {
        reserve(n);
        for (std::size_t i = size_; i < n; ++i) data_[i] = T{};
        size_ = n;
    }
    constexpr void pop_back() { --size_; }
    constexpr void clear() { size_ = 0; }
    constexpr void assign(std::size_t n, T const& value) {
        list fresh(n, value);
        swap(fresh);
    }

    constexpr std::size_t size() const { return size_; }
    constexpr bool empty() const { return size_ == 0; }
    constexpr T& operator[](std::size_t i) { return data_[i]; }
    constexpr T const& operator[](std::size_t i) const { return data_[i]; }
    constexpr T& back() { return data_[size_ - 1]; }
    constexpr T const& back() const { return data_[size_ - 1]; }
    constexpr T* begin() { return data_; }
    constexpr T* end() { return data_ + size_; }
    constexpr T const* begin() const { return data_; }
    constexpr T const* end() const { return data_ + size_; }

  private:
    T* data_ = nullptr;
    std::size_t size_ = 0, capacity_ = 0;
};

}  // namespace leibniz::detail::proof
