// The browser libraries the pages load with <script> (wwwroot/lib), as the screens' modules see them.
interface Window {
  signalR: typeof import('@microsoft/signalr');
}
