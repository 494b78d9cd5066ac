// The translations library carries only resources; a static library needs one
// object file of its own.
namespace Ditio {
int translationsAnchor = 0;
}
