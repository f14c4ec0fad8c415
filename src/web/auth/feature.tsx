/** Sign-in and password links: open to everyone. */
import { Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { SignInPage } from './SignInPage.tsx';
import { ForgotPasswordPage } from './ForgotPasswordPage.tsx';
import { NewPasswordPage } from './NewPasswordPage.tsx';

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
