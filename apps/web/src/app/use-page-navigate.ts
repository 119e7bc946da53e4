import { useCallback, useRef } from 'react';
import { type NavigateOptions, useLocation, useNavigate, useNavigation } from 'react-router';

/**
 * `navigate` for a page that writes its own state into its URL (a map's view), which
 * does nothing once the user is leaving the page. A map can end a move late (Leaflet
 * settles a resize 200 ms after it); written while another page loads, that view would
 * replace the navigation the user asked for and keep them where they were.
 */
export function usePageNavigate() {
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const leaving = useRef(false);
  leaving.current = navigation.state !== 'idle' && navigation.location?.pathname !== pathname;
  return useCallback(
    (to: string, options?: NavigateOptions) => {
      if (!leaving.current) void navigate(to, options);
    },
    [navigate],
  );
}
