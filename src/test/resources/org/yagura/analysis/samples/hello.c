#include <windows.h>
__declspec(dllexport) int yagura_alpha(int x) { return x + 1; }
__declspec(dllexport) int yagura_beta(int x) { return x * 2; }
int main(void) {
    HMODULE k = GetModuleHandleA("kernel32.dll");
    FARPROC p = GetProcAddress(k, "Sleep");
    MessageBoxA(NULL, "http://example.org/yagura", "Yagura", MB_OK);
    return p != NULL;
}
