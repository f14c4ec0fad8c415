/** Sign-in and password links: open to everyone. */
import { Route } from 'react-router';
import { lazyPage } from '../ui/lazyPage.tsx';
import type { WebFeature } from '../feature.ts';
import { SignInPage } from './SignInPage.tsx';

const ForgotPasswordPage = lazyPage(() => import('./ForgotPasswordPage.tsx'), 'ForgotPasswordPage');
const NewPasswordPage = lazyPage(() => import('./NewPasswordPage.tsx'), 'NewPasswordPage');

export const authFeature: WebFeature = {
  name: 'auth',
  openRoutes: (
    <>
      <Route path="logga-in" element={<SignInPage />} />
      <Route path="glomt-losenord" element={<ForgotPasswordPage />} />
      <Route path="nytt-losenord" element={<NewPasswordPage />} />
    </>
  ),
};
