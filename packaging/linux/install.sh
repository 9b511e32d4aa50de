#!/bin/sh
# Install this bundle of Store Associate: the folder under PREFIX/lib/store-associate, the
# command PREFIX/bin/associate-app, the menu entry and the icons.
#   ./install.sh                 for this user (PREFIX ~/.local)
#   sudo ./install.sh /usr/local for every user of the machine
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-"$HOME/.local"}
dest="$prefix/lib/store-associate"

mkdir -p "$dest" "$prefix/bin" "$prefix/share/applications"
# the bundle itself (without its share/ and this script)
(cd "$here" && tar cf - --exclude=./share --exclude=./install.sh .) | (cd "$dest" && tar xf -)
ln -sf "$dest/associate-app" "$prefix/bin/associate-app"
sed "s|@EXEC@|$dest/associate-app|g" "$here/share/applications/store-associate.desktop" \
  > "$prefix/share/applications/store-associate.desktop"
(cd "$here/share" && tar cf - icons) | (cd "$prefix/share" && tar xf -)
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "installed: $prefix/bin/associate-app (menu: Store Associate)"
