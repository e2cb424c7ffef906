/**
 * Every user-visible string, Indonesian first (the default) and English second.
 * Keys are grouped by the screen that shows them. The `en` dictionary is typed
 * against `id`, so a key missing in English fails the type check.
 */
export const id = {
  app: {
    name: 'Plano',
    tagline: 'Papan lokakarya STPP yang hidup untuk seluruh tim',
    language: 'Bahasa',
  },
  auth: {
    signInTitle: 'Masuk sebagai fasilitator',
    email: 'Email',
    password: 'Kata sandi',
    signIn: 'Masuk',
    signOut: 'Keluar',
    badCredentials: 'Email atau kata sandi salah. Coba lagi.',
    signedInAs: 'Masuk sebagai {name}',
  },
  home: {
    workshops: 'Lokakarya',
    noWorkshops: 'Belum ada lokakarya.',
    boards: 'Papan',
    plenary: 'Pleno',
    openBoard: 'Buka papan',
    joinCode: 'Kode gabung',
  },
  board: {
    online: 'Tersambung',
    connecting: 'Menyambungkan…',
    reconnecting: 'Menyambung ulang…',
    offline: 'Luring',
    unsent: '{count} perubahan belum terkirim',
    allSaved: 'Semua perubahan tersimpan',
    readOnly: 'Hanya baca',
    accessDenied: 'Anda tidak punya akses ke papan ini.',
    back: 'Kembali',
    yourName: 'Nama Anda',
    connectionStatus: 'Status sambungan',
    savedOnDevice: 'Tersimpan di perangkat ini',
    reconnectNow: 'Sambungkan ulang sekarang',
    loading: 'Memuat papan…',
    needsNetwork: 'Papan ini belum tersimpan di perangkat ini. Sambungkan ke jaringan untuk membukanya.',
    newerVersion: 'Papan ini disimpan oleh versi Plano yang lebih baru. Muat ulang halaman untuk menyunting.',
    firstPage: 'Halaman 1',
  },
  errors: {
    generic: 'Terjadi kesalahan. Silakan coba lagi.',
    notFound: 'Halaman tidak ditemukan.',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Dictionary = Widen<typeof id>;

export const en: Dictionary = {
  app: {
    name: 'Plano',
    tagline: 'A live STPP workshop board for the whole team',
    language: 'Language',
  },
  auth: {
    signInTitle: 'Sign in as facilitator',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    badCredentials: 'Wrong email or password. Please try again.',
    signedInAs: 'Signed in as {name}',
  },
  home: {
    workshops: 'Workshops',
    noWorkshops: 'No workshops yet.',
    boards: 'Boards',
    plenary: 'Plenary',
    openBoard: 'Open board',
    joinCode: 'Join code',
  },
  board: {
    online: 'Connected',
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    offline: 'Offline',
    unsent: '{count} changes not yet sent',
    allSaved: 'All changes saved',
    readOnly: 'Read only',
    accessDenied: 'You do not have access to this board.',
    back: 'Back',
    yourName: 'Your name',
    connectionStatus: 'Connection status',
    savedOnDevice: 'Saved on this device',
    reconnectNow: 'Reconnect now',
    loading: 'Loading the board…',
    needsNetwork: 'This board is not on this device yet. Connect to the network to open it.',
    newerVersion: 'This board was saved by a newer version of Plano. Reload the page to edit.',
    firstPage: 'Page 1',
  },
  errors: {
    generic: 'Something went wrong. Please try again.',
    notFound: 'Page not found.',
  },
};
